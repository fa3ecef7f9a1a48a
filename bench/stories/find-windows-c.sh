#!/bin/sh
# Part C window finder. Metadata only (awk/sort); no text similarity.
# 1. Pool: all topics, rows with a well-formed date, minus files already in labels-a/b.
# 2. A "qualifying span" is (topic, day d, day d..d+s) for s in {0,1} with
#    >= 5 pool articles from >= 4 distinct outlets (metadata `outlet`).
# 3. Overlapping/adjacent qualifying spans of the same topic are merged into one
#    window (connected component); a window = every pool article of that topic in its days.
# Output: window-id <TAB> size <TAB> n-outlets <TAB> date <TAB> file <TAB> outlet
META=/work/shared/corpus/allsides-sample/metadata.tsv
DIR=$(dirname "$0")
TAB=$(printf '\t')
cut -f1 "$DIR/labels-a.tsv" "$DIR/labels-b.tsv" | grep -v '^file$' | sort -u > /tmp/pc-excluded.txt
awk -F'\t' 'NR==FNR{ex[$1]=1;next}
function dn(s,  y,m,d){ y=substr(s,1,4)+0; m=substr(s,6,2)+0; d=substr(s,9,2)+0;
  if(m<=2){y--; m+=12}; return 365*y+int(y/4)-int(y/100)+int(y/400)+int((153*(m-3)+2)/5)+d }
FNR>1 && !($1 in ex) && $4 ~ /^20[0-9][0-9]-[01][0-9]-[0-3][0-9]$/ {print $5"\t"dn($4)"\t"$4"\t"$1"\t"$2}' \
  /tmp/pc-excluded.txt "$META" | sort -t"$TAB" -k1,1 -k2,2n -k4,4 > /tmp/pc-pool.tsv
# qualifying spans -> covered (topic, day) pairs
awk -F'\t' '{k=$1"\t"$2; n[k]++; if(!((k"\t"$5) in seen)){seen[k"\t"$5]=1; outs[k]=outs[k]"\n"$5}}
END{ for(k in n){ split(k,a,"\t"); t=a[1]; d=a[2]+0;
  for(s=0;s<=1;s++){ c=0; no=0; split("",os);
    for(dd=d; dd<=d+s; dd++){ kk=t"\t"dd; c+=n[kk]; m=split(outs[kk],ol,"\n");
      for(i=2;i<=m;i++) if(!(ol[i] in os)){os[ol[i]]=1; no++} }
    if(c>=5 && no>=4) for(dd=d; dd<=d+s; dd++) print t"\t"dd } } }' /tmp/pc-pool.tsv | sort -u > /tmp/pc-covered.tsv
# merge consecutive covered days per topic into windows, attach articles
awk -F'\t' 'NR==FNR{cov[$1"\t"$2]=1; next} ($1"\t"$2 in cov){print}' /tmp/pc-covered.tsv /tmp/pc-pool.tsv |
awk -F'\t' '{ if($1!=t || $2>last+1){ w=$1"@"$3; t=$1 } last=$2; print w"\t"$3"\t"$4"\t"$5 }' |
awk -F'\t' '{r[NR]=$0; w[NR]=$1; c[$1]++; if(!(($1"\t"$4) in so)){so[$1"\t"$4]=1; no[$1]++}}
END{for(i=1;i<=NR;i++){split(r[i],a,"\t"); print a[1]"\t"c[a[1]]"\t"no[a[1]]"\t"a[2]"\t"a[3]"\t"a[4]}}'
